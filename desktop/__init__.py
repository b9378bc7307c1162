"""扶贫项目资产管理 — the desktop application for county poverty-alleviation asset offices.

Packages: ``domain`` (pure rules), ``models`` (ORM), ``services`` (operations on a Session),
``views`` (Qt). Only ``views`` and ``app`` import Qt.
"""

__version__ = "0.1.0"
APP_NAME = "扶贫项目资产管理"
APP_ID = "fupin-assets"
ORG_NAME = "fupin"
