"""Excel in and out: formatted workbooks to write, forgiving readers for what offices send."""
