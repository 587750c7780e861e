import pytest

from model_signals.sms_gateway import FakeSmsGateway, SmsGatewayError


def test_records_what_it_sends():
    gateway = FakeSmsGateway()
    gateway.send("+98912", "hi")
    assert gateway.sent == [("+98912", "hi")]


def test_raises_when_unavailable():
    gateway = FakeSmsGateway()
    gateway.available = False
    with pytest.raises(SmsGatewayError, match="^SMS gateway unavailable$"):
        gateway.send("+98912", "hi")
    assert gateway.sent == []
