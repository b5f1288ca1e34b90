"""The ``lkip-xl`` command line (:mod:`lkip_xl.cli.commands`)."""

from lkip_xl.cli.commands import cli, main

__all__ = ["cli", "main"]
