from approver_tui.cli.main import main

main()
