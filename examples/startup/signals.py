from django.dispatch import Signal

heartbeat = Signal()  # sent by this project's health check
