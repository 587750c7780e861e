def test_needs_the_built_site():
    pass
