"""Codebook exchange: plain `CodeSpec` trees to and from CSV and REFI-QDA `.qdc`. Pure: no Flask, no database."""

from coding.exchange.csv_codebook import codebook_to_csv, csv_to_codebook
from coding.exchange.qdc import codebook_to_qdc, qdc_to_codebook
from coding.exchange.spec import CodebookFileError, CodeSpec

__all__ = ["CodeSpec", "CodebookFileError", "codebook_to_csv", "codebook_to_qdc", "csv_to_codebook",
           "qdc_to_codebook"]
