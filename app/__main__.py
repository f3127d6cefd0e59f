"""`python -m app` runs the geonews command line."""

from app.launch import main

main()
