"""Pure domain rules: no database, no Qt, no ReportLab. Easy to property-test."""
