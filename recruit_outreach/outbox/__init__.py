"""The transactional outbox: Celery tasks written to the database with the data they work on, sent to the broker
once the transaction commits, and sent again by a beat job if the broker was down."""
