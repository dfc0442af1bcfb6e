"""The guide model: the one place that reads the guide's sources and launches the browser.

* ``paths``: where things are in the repository;
* ``markdown``: one CommonMark fence scanner and, from it, prose lines,
  headings with their IDs, front matter, Mermaid blocks and section items;
* ``scenario``: the scenario template and front-matter schema;
* ``browser``: Debian's Chromium, a localhost server and a network fence.

Hooks, checks and exports import from here; nothing here imports them.
"""
