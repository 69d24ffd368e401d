"""Pure wording for a resident's communication needs, as the facilitator sees them beside a booking."""

from recruit_outreach.accounts.models import CommunicationNeed


def communication_needs_labels(needs: list[str], interpreter_language: str = "", other: str = "") -> list[str]:
    """One short line per need (Accessible Information Standard), in the order the profile keeps them.

    Unknown codes are left out; the interpreter's language is added to the interpreter need, and the
    resident's own words follow "Something else".
    """
    labels = []
    for code in needs:
        if code not in CommunicationNeed.values:
            continue
        label = str(CommunicationNeed(code).label)
        if code == CommunicationNeed.INTERPRETER and interpreter_language.strip():
            label = f"{label}: {interpreter_language.strip()}"
        elif code == CommunicationNeed.OTHER and other.strip():
            label = f"{label}: {other.strip()}"
        labels.append(label)
    return labels
