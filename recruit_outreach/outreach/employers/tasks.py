from celery import shared_task


@shared_task(soft_time_limit=300, time_limit=360)
def send_disability_confident_alerts() -> int:
    """Daily: Disability Confident levels running out within 60 days, each alerted once."""
    from .services import disability_confident_alerts_send

    return disability_confident_alerts_send()
