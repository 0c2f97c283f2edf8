"""`wijkstem` commands of the interviews package."""

COMMANDS = ()
