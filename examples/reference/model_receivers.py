"""Receivers for the model signals, each naming every argument Django sends.

Every receiver logs what it received; connect one with, for example,
``post_save.connect(log_post_save, sender=Pizza)``.
"""

import logging

logger = logging.getLogger(__name__)


def log_pre_init(sender, args, kwargs, **extra):
    # The signal's own "kwargs" argument takes that name: collect the rest as **extra.
    # Model.__init__() consumes this very dict after the signal: copy what you keep.
    logger.info("pre_init %s args=%r kwargs=%r", sender.__name__, args, dict(kwargs))


def log_post_init(sender, instance, **kwargs):
    # instance._state.db is still None here, even for rows loaded from the database.
    logger.info("post_init %s name=%r db=%r", sender.__name__, instance.name, instance._state.db)


def log_pre_save(sender, instance, raw, using, update_fields, **kwargs):
    logger.info(
        "pre_save %s pk=%r raw=%r using=%r update_fields=%r",
        sender.__name__, instance.pk, raw, using, update_fields,
    )  # fmt: skip


def log_post_save(sender, instance, created, raw, using, update_fields, **kwargs):
    logger.info(
        "post_save %s pk=%r created=%r raw=%r using=%r update_fields=%r",
        sender.__name__, instance.pk, created, raw, using, update_fields,
    )  # fmt: skip


def log_pre_delete(sender, instance, using, origin, **kwargs):
    logger.info("pre_delete %s pk=%r using=%r origin=%r", sender.__name__, instance.pk, using, origin)


def log_post_delete(sender, instance, using, origin, **kwargs):
    # The row is gone, but instance.pk still holds the deleted primary key.
    logger.info("post_delete %s pk=%r using=%r origin=%r", sender.__name__, instance.pk, using, origin)


def log_m2m_changed(sender, instance, action, reverse, model, pk_set, using, **kwargs):
    # raw is sent from Django 6.1 on; kwargs.get() keeps this receiver working on 5.2.
    logger.info(
        "m2m_changed %s instance=%r action=%r reverse=%r model=%s pk_set=%r using=%r raw=%r",
        sender.__name__, instance, action, reverse, model.__name__, pk_set, using, kwargs.get("raw", False),
    )  # fmt: skip


def log_class_prepared(sender, **kwargs):
    logger.info("class_prepared %s", sender._meta.label)
