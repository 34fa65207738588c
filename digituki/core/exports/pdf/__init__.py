"""PDF documents (ReportLab). The caller passes the document's language."""
