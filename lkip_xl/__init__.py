"""lkip-xl: LKIP dari Excel."""
