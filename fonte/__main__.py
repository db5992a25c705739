from fonte.cli import entry

entry()
