"""A stand-in for an SMS provider's client: records messages, can be switched off."""


class SmsGatewayError(Exception):
    pass


class FakeSmsGateway:
    def __init__(self):
        self.sent = []
        self.available = True

    def send(self, number, text):
        if not self.available:
            raise SmsGatewayError("SMS gateway unavailable")
        self.sent.append((number, text))


gateway = FakeSmsGateway()
