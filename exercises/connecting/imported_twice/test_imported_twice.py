import importlib.util

from connecting.dispatch_uid import newsletter_sent


def import_again(module):
    """The same file imported under a second name, as a second sys.path entry would."""
    spec = importlib.util.spec_from_file_location(f"{module.__name__}_again", module.__file__)
    again = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(again)
    return again


def runs(*modules):
    names = {module.__name__ for module in modules}
    return [receiver for receiver, _reply in newsletter_sent.send(sender=None) if receiver.__module__ in names]


def test_runs_once_per_newsletter(answer):
    assert len(runs(answer)) == 1


def test_imported_twice_runs_once(answer):
    again = import_again(answer)
    assert len(runs(answer, again)) == 1
