"""One synthetic resident: account, profile, equality answers (some not given), and everything they did."""

from datetime import timedelta

from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX

from recruit_outreach.accounts.models import Profile

from ..equality import PREFER_NOT_TO_SAY, WHITE_ETHNIC_GROUPS, EqualityAnswers
from .funnel import applications_create
from .support import bookings_create, hospital_support_create, volunteer_create
from .tables import Batch, User, UserGroup
from .world import World, at, weighted_pool

# Nobody can sign in as a synthetic resident, and one value for all of them costs no hashing.
UNUSABLE_PASSWORD = f"{UNUSABLE_PASSWORD_PREFIX}synthetic-resident"
EMAIL_DOMAIN = "synthetic.invalid"
FIRST_NAMES = ["Amina", "Kwame", "Priya", "Tomasz", "Fatima", "Daniel", "Mei", "Ahmed", "Grace", "Ravi", "Sofia", "Ion"]
LAST_NAMES = ["Okafor", "Patel", "Nowak", "Khan", "Smith", "Ali", "Popescu", "Santos", "Hussein", "Murphy", "Shah"]
LANGUAGES = weighted_pool(
    {"en": 52, "ar": 7, "pl": 6, "ro": 6, "gu": 5, "pa": 5, "so": 4, "ta": 4, "pt": 4, "ur": 4, "fa": 3}
)
BOROUGHS = weighted_pool(
    {
        "brent": 16,
        "ealing": 16,
        "hammersmith_fulham": 9,
        "harrow": 12,
        "hillingdon": 14,
        "hounslow": 13,
        "kensington_chelsea": 6,
        "westminster": 8,
        "other": 3,
        "": 3,
    }
)
ETHNIC_GROUPS = weighted_pool(
    {
        "white_british": 28,
        "white_irish": 2,
        "white_other": 13,
        "asian_indian": 12,
        "asian_pakistani": 5,
        "asian_bangladeshi": 2,
        "asian_other": 7,
        "black_african": 8,
        "black_caribbean": 4,
        "black_other": 1,
        "mixed_white_black_caribbean": 1,
        "mixed_white_asian": 1,
        "mixed_other": 2,
        "other_arab": 4,
        "other_any": 3,
        PREFER_NOT_TO_SAY: 4,
        "": 3,
    }
)
DISABILITY = weighted_pool({"no": 78, "yes": 12, PREFER_NOT_TO_SAY: 5, "": 5})
SEX = weighted_pool({"female": 54, "male": 40, PREFER_NOT_TO_SAY: 3, "": 3})
GENDER_IDENTITY = weighted_pool({"same": 85, "different": 1, PREFER_NOT_TO_SAY: 6, "": 8})
RELIGION = weighted_pool({"none": 25, "christian": 30, "muslim": 18, "hindu": 12, "sikh": 4, "other": 3, "": 8})
AGE_BANDS = weighted_pool({"16_24": 22, "25_34": 28, "35_44": 20, "45_54": 15, "55_64": 9, "65_plus": 2, "": 4})
NEEDS = weighted_pool({"[]": 90, '["easy_read"]': 5, '["interpreter"]': 3, '["large_print"]': 1, '["bsl"]': 1})
GIVES_EQUALITY_ANSWERS = 0.8


def equality_create(world: World, batch: Batch, user: int, when) -> tuple[str, tuple[bool | None, bool | None]]:
    """Answers for most residents, some left blank or declined. Returns the ethnic group answer, and (Black or
    minority ethnic, disabled) with None where the answer is not stated, for the funnel to draw on."""
    rng = world.rng
    if rng.random() >= GIVES_EQUALITY_ANSWERS:
        return "", (None, None)
    ethnic, disability = world.pick(ETHNIC_GROUPS), world.pick(DISABILITY)
    answers = (ethnic, disability, world.pick(SEX), world.pick(GENDER_IDENTITY), world.pick(RELIGION))
    batch.add(EqualityAnswers, user, *answers, world.pick(AGE_BANDS), when)
    stated = ethnic not in ("", PREFER_NOT_TO_SAY)
    bme = (ethnic not in WHITE_ETHNIC_GROUPS) if stated else None
    return ethnic, (bme, {"yes": True, "no": False}.get(disability))


def resident_create(world: World, batch: Batch, index: int) -> None:
    rng = world.rng
    joined_day = world.any_day()
    joined = at(joined_day, world.between(8, 21), world.below(60))
    first, last = world.pick(FIRST_NAMES), world.pick(LAST_NAMES)
    email = f"resident-{world.seed}-{index}@{EMAIL_DOMAIN}"
    user = batch.add(User, UNUSABLE_PASSWORD, None, False, first, last, False, True, joined, email)
    batch.add(UserGroup, user, world.resident_group)
    language, borough, needs = world.pick(LANGUAGES), world.pick(BOROUGHS), world.pick(NEEDS)
    interpreter = "Arabic" if needs == '["interpreter"]' else ""
    batch.add(Profile, user, language, borough, needs, interpreter, "", joined)
    ethnic, equality = equality_create(world, batch, user, joined + timedelta(minutes=5))
    bookings_create(world, batch, user, joined)
    applications_create(world, batch, user, joined_day, equality)
    if rng.random() < 0.01:
        volunteer_create(world, batch, user, joined_day, language, borough)
    elif rng.random() < 0.03:
        person = (f"{first} {last}", language, borough, ethnic)
        hospital_support_create(world, batch, user, joined_day, person)
