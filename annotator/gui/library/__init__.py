"""The article library: its table, filters, and importing files into it."""
