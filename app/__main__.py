"""`python -m app` runs the geonews command line."""

from app.cli import main

main()
