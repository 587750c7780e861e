"""A receiver without **kwargs: refused at connect() only when DEBUG is True."""


def on_ping(sender):  # wrong: no **kwargs
    return "pong"
