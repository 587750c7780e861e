def test_thread():
    pass
