"""Write generated rows: COPY on PostgreSQL, batched inserts elsewhere. Both bypass model signals and ``save()``."""

import uuid
from datetime import date, datetime
from decimal import Decimal

from django.core.management.color import no_style
from django.db import connection, models
from django.db.models import Max

from .tables import COLUMNS, TABLE_ORDER


def first_free_ids() -> dict[type[models.Model], int]:
    """The id after the highest already in each table, so new rows never collide with existing ones."""
    return {model: (model._default_manager.aggregate(top=Max("id"))["top"] or 0) + 1 for model in TABLE_ORDER}


def _column_list(model: type[models.Model]) -> str:
    names = (model._meta.get_field(name).column for name in COLUMNS[model])
    return ", ".join(connection.ops.quote_name(name) for name in names)


def _copy(cursor, model: type[models.Model], rows: list[tuple]) -> None:
    table = connection.ops.quote_name(model._meta.db_table)
    with cursor.copy(f"COPY {table} ({_column_list(model)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def _sqlite_value(value):
    if isinstance(value, datetime):
        return connection.ops.adapt_datetimefield_value(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, uuid.UUID):
        return value.hex
    return value


def _insert(cursor, model: type[models.Model], rows: list[tuple]) -> None:
    table = connection.ops.quote_name(model._meta.db_table)
    marks = ", ".join(["%s"] * len(COLUMNS[model]))
    params = [tuple(_sqlite_value(value) for value in row) for row in rows]
    # Table and column names come from the models, never from input.
    cursor.executemany(f"INSERT INTO {table} ({_column_list(model)}) VALUES ({marks})", params)  # noqa: S608


def rows_write(rows: dict[type[models.Model], list[tuple]]) -> None:
    """Write one chunk, parents first (foreign keys are checked at commit on PostgreSQL, at once elsewhere)."""
    with connection.cursor() as cursor:
        for model in TABLE_ORDER:
            if not rows.get(model):
                continue
            if connection.vendor == "postgresql":
                _copy(cursor.cursor, model, rows[model])
            else:
                _insert(cursor, model, rows[model])


def tables_settle() -> None:
    """After writing ids ourselves: move each id sequence past them, and refresh the planner's statistics."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), TABLE_ORDER):
            cursor.execute(statement)
        for model in TABLE_ORDER:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
