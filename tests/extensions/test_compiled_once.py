"""conftest.CompiledOnce, the session's store of the tiny projects' compiled templates: a template
is reused only for its own source and an environment of the same extensions, never stale."""

import jinja2


def render(cache, templates: dict[str, str], extensions=()) -> str:
    environment = jinja2.Environment(
        loader=jinja2.DictLoader(templates), bytecode_cache=cache, extensions=list(extensions)
    )
    if extensions:
        environment.install_null_translations()
    return environment.get_template("layout.html").render()


def test_a_template_is_compiled_again_when_its_source_or_the_extensions_change(templates_compiled_once):
    cache = type(templates_compiled_once)()  # a store of its own
    assert render(cache, {"layout.html": "one"}) == "one"
    assert len(cache.compiled) == 1
    assert render(cache, {"layout.html": "one"}) == "one"  # from the store: nothing new compiled
    assert len(cache.compiled) == 1
    assert render(cache, {"layout.html": "two"}) == "two"  # same name, another source
    trans = "{% trans %}three{% endtrans %}"
    assert render(cache, {"layout.html": trans}, ["jinja2.ext.i18n"]) == "three"
    assert len(cache.compiled) == 2
