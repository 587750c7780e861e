"""Page chrome: navigation, accessibility fixes, tables, images, themes, around every page."""
