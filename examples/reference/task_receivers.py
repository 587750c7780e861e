"""Receivers for the tasks signals (Django 6.0 and later), naming every argument."""

import logging

logger = logging.getLogger(__name__)


def log_task_enqueued(sender, task_result, **kwargs):
    logger.info("task_enqueued %s %s status=%s", sender.__name__, task_result.task.name, task_result.status)


def log_task_started(sender, task_result, **kwargs):
    logger.info("task_started %s %s status=%s", sender.__name__, task_result.task.name, task_result.status)


def log_task_finished(sender, task_result, **kwargs):
    logger.info("task_finished %s %s status=%s", sender.__name__, task_result.task.name, task_result.status)
