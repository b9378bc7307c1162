"""The Qt layer: widgets, dialogs and table models. Calls services; never runs SQL itself."""
