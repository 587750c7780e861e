"""Two tasks for the tasks-signal examples: django.tasks exists from Django 6.0 on."""

from django.tasks import task


@task
def add(a, b):
    return a + b


@task
def fail():
    raise ValueError("this task always fails")
