"""Reading in Persian: right-to-left layout, a self-hosted Persian font, Persian search."""
