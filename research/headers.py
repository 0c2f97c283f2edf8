"""Security headers on every response; no-store where answers may show."""

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'self'; "
    "frame-ancestors 'none'; object-src 'none'"
)


def add_security_headers(response):
    """after_request: CSP without inline scripts, no framing, no sniffing, no caching of pages."""
    from flask import request

    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    if request.is_secure:
        response.headers.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
    if request.endpoint != "static":
        # Pages may show answers about children: never keep them in a shared tablet's cache.
        response.headers["Cache-Control"] = "no-store"
    return response
