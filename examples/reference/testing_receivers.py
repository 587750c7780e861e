"""Receivers for the test signals, each naming every argument."""

import logging

logger = logging.getLogger(__name__)


def log_setting_changed(sender, setting, value, enter, **kwargs):
    logger.info("setting_changed %s %s value=%r enter=%r", sender.__name__, setting, value, enter)


def log_template_rendered(sender, template, context, **kwargs):
    logger.info("template_rendered %s pizzas=%r", template.name, context.get("pizzas"))
