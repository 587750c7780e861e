"""Search: the index, the ranking, the readers' words, Persian rules, offline use, translated labels.

Why one group: a reader's search crosses all of these (the index Sphinx writes, the
script that ranks it, the vocabulary the script reads, the Persian splitter that hands
over to it, the search page from ``file://`` and its labels); kept together, a change
to one is made beside the others it must agree with. Each module is one job and is
listed in ``conf.py`` on its own; the group has no ``static/`` folder (its scripts are written
into the pages or into ``language_data.js``).
"""
