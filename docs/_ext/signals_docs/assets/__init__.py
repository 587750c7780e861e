"""Lean assets: only the CSS, fonts and scripts the built pages use."""
