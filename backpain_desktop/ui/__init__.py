"""Qt widgets. Each tab owns its widgets; MainWindow only composes them."""
