"""How a page reaches its reader, one job to a module.

- routing: which live page an address leads to, without a query (a map per process).
- caching: the content versions, the shared fragments and the route cache.
- module_page: the module page's parts every reader shares, and the learner's own part
  (enrolment, progress, reflections and quiz results) read in one query.
- csrf: Django's CSRF token for the pages served from memory, drawn more cheaply.

Recording a visit is a write, so it is a service (courses.services.module_open), posted
by the page's script: reading a page never writes.
"""
