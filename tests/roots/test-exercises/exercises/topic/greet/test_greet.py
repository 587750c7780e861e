def test_greets(answer):
    assert answer.greet("Ada") == "Hello, Ada!"
