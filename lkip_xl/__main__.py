from lkip_xl.cli.commands import main

main()
