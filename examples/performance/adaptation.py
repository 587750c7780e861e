"""A sync and an async receiver: connected to one signal, each costs an adaptation."""


def count_view(sender, **kwargs):
    return "counted"


async def stream_view(sender, **kwargs):
    return "streamed"
