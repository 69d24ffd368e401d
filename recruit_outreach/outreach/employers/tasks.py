from celery import shared_task


@shared_task
def send_disability_confident_alerts() -> int:
    """Daily: Disability Confident levels running out within 60 days, each alerted once."""
    from .services import disability_confident_alerts_send

    return disability_confident_alerts_send()
