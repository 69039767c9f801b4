"""Writes that go around Django: plain SQL, so that no form, model validation or ORM step runs,
and what refuses a broken row can only be the database itself."""

import pytest
from django.db import IntegrityError, connection, transaction


def insert(record, **columns):
    """INSERT an unsaved model instance with raw SQL, ``columns`` (by column name) replacing its
    values; return the new row's id. A ``None`` in ``columns`` is written as NULL."""
    values = {}
    for field in record._meta.concrete_fields:
        if field.primary_key or field.generated:
            continue
        values[field.column] = field.get_db_prep_save(getattr(record, field.attname), connection)
    values.update(columns)
    quote = connection.ops.quote_name
    sql = "INSERT INTO {} ({}) VALUES ({}) RETURNING id".format(
        quote(record._meta.db_table), ", ".join(quote(c) for c in values), ", ".join(["%s"] * len(values))
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, list(values.values()))
        return cursor.fetchone()[0]


def update(model, pk, **columns):
    """UPDATE one row of ``model`` with raw SQL, setting ``columns`` (by column name)."""
    quote = connection.ops.quote_name
    sql = "UPDATE {} SET {} WHERE id = %s".format(
        quote(model._meta.db_table), ", ".join(f"{quote(c)} = %s" for c in columns)
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*columns.values(), pk])
        assert cursor.rowcount == 1


def refused_by(constraint, write, *args, **kwargs):
    """Run a write in its own savepoint and check that the database refuses it by ``constraint``
    (so that a row refused for another reason, a NOT NULL say, does not pass for this rule)."""
    with pytest.raises(IntegrityError) as refusal, transaction.atomic():
        write(*args, **kwargs)
    assert refusal.value.__cause__.diag.constraint_name == constraint, refusal.value
    return True


def guards(*constraints):
    """Mark a test as the one that guards these constraints (see ``guarded_in``)."""

    def mark(test):
        test.guards = constraints
        return test

    return mark


def guarded_in(namespace):
    """The constraints that the tests of a module (its ``globals()``) say they guard."""
    return {name for value in namespace.values() for name in getattr(value, "guards", ())}


def app_check_constraints(app_label):
    """The names of the CHECK constraints declared by the models of an app, but for the no-NaN,
    no-infinity rules of kernel.constraints.finite_values: tests/kernel/test_finite_values.py
    writes a bad value into each of those columns, generated from the models."""
    from django.apps import apps
    from django.db.models import CheckConstraint

    return {
        constraint.name
        for model in apps.get_app_config(app_label).get_models()
        for constraint in model._meta.constraints
        if isinstance(constraint, CheckConstraint) and not constraint.name.endswith("_finite")
    }


def check_constraints_of(model):
    """The names of the CHECK constraints the database holds on a model's table."""
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, model._meta.db_table)
    return {name for name, details in constraints.items() if details["check"]}


def with_only(model, constraint, write):
    """``write``, run with every other CHECK of the model's table dropped and its own triggers
    disabled first, so that only ``constraint`` can refuse it. Use inside ``refused_by``: its
    savepoint brings them back."""

    def run(*args, **kwargs):
        quote = connection.ops.quote_name
        with connection.cursor() as cursor:
            # A table with deferred foreign-key checks pending cannot be altered: run them now.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            for other in check_constraints_of(model) - {constraint}:
                cursor.execute(f"ALTER TABLE {quote(model._meta.db_table)} DROP CONSTRAINT {quote(other)}")
            # A trigger (a target's period within the programme, say) would refuse first.
            cursor.execute(f"ALTER TABLE {quote(model._meta.db_table)} DISABLE TRIGGER USER")
        return write(*args, **kwargs)

    return run
