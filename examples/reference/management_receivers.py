"""Receivers for pre_migrate and post_migrate, each naming every argument."""

import logging

logger = logging.getLogger(__name__)


def log_pre_migrate(sender, app_config, verbosity, interactive, stdout, using, plan, apps, **kwargs):
    if verbosity >= 1:
        stdout.write(f"Preparing {app_config.label} on {using}: {len(plan)} migration(s) to run\n")
    logger.info("pre_migrate %s using=%r interactive=%r", app_config.label, using, interactive)


def log_post_migrate(sender, app_config, verbosity, interactive, using, **kwargs):
    # migrate also sends stdout, plan and apps; flush sends none of the three.
    plan = kwargs.get("plan")
    logger.info(
        "post_migrate %s using=%r interactive=%r plan=%r",
        app_config.label, using, interactive, plan,
    )  # fmt: skip
