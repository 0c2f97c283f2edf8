"""Who may use each core endpoint. Feature areas keep their rows beside their own tests."""

ANON = "anonymous"
ADMIN, RESEARCHER, KEY_FIGURE, MUNICIPALITY = "beheerder", "onderzoeker", "sleutelfiguur", "gemeente"
EVERYONE = {ANON, ADMIN, RESEARCHER, KEY_FIGURE, MUNICIPALITY}
SIGNED_IN = {ADMIN, RESEARCHER, KEY_FIGURE, MUNICIPALITY}
PROJECT_MEMBERS = {RESEARCHER, KEY_FIGURE, MUNICIPALITY}

CORE_ROWS = {
    "static": EVERYONE,
    "auth.login": EVERYONE,
    "auth.logout": SIGNED_IN,
    "auth.accept": EVERYONE,
    "auth.set_language": EVERYONE,
    "second_step.verify": EVERYONE,
    "second_step.setup": {ADMIN, RESEARCHER, MUNICIPALITY},
    "second_step.disable": {ADMIN, RESEARCHER, MUNICIPALITY},
    "projects.index": SIGNED_IN,
    "projects.create": {ADMIN, RESEARCHER},
    "projects.show": PROJECT_MEMBERS,
    "projects.members": {RESEARCHER},
    "admin.users": {ADMIN},
    "admin.disable_user": {ADMIN},
    "admin.audit_log": {ADMIN},
    "admin.audit_export": {ADMIN},
}
