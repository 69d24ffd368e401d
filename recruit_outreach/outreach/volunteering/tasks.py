"""Celery tasks for volunteering: thin, safe to run twice."""

from celery import shared_task


@shared_task(soft_time_limit=300, time_limit=360)
def send_expiry_alerts() -> int:
    """Daily: DBS checks and training running out within 30 days, each alerted once."""
    from .alerts import expiry_alerts_send

    return expiry_alerts_send()


@shared_task(soft_time_limit=30, time_limit=60)
def email_assignment_offer(assignment_id: int) -> bool:
    """Tell a volunteer a coordinator has asked them to support an appointment."""
    from recruit_outreach.accounts.emails import email_user

    from .models import Assignment

    assignment = Assignment.objects.select_related("volunteer__user", "request__site").filter(pk=assignment_id).first()
    if assignment is None or assignment.status != Assignment.Status.OFFERED:
        return False
    email_user(
        user=assignment.volunteer.user, template="outreach/volunteering/email/offer", context={"assignment": assignment}
    )
    return True
