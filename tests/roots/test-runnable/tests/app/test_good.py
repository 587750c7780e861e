from app.good import greet


def test_greet():
    assert greet("x") == "Hello, x"
