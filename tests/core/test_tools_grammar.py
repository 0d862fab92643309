"""Grammar-constrained calls: the GBNF checker, the engine's grammar sampler (never a
crash), and the tiny random-weight Llama 3.2 forced into valid calls."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import llama_cpp
import pytest

from app.core.chat.message import Message
from app.core.engine.base import DoneEvent, GenerationRequest, LoadOptions, SamplingParams
from app.core.engine.gbnf import GrammarError, check_grammar
from app.core.engine.llamacpp import LlamaCppEngine
from app.core.errors import HearthError
from app.core.tools.base import Tool, ToolRegistry, object_schema
from app.core.tools.grammar import TOOL_CALL_TRIGGER, gbnf_literal, tool_call_grammar
from app.core.tools.parser import parse_tool_calls

WEATHER = Tool(
    "get_weather", "Weather for a city",
    object_schema({"city": {"type": "string", "maxLength": 12},
                   "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
                   "days": {"type": "integer", "minimum": 0},
                   "hourly": {"type": "boolean"}},
                  required=["city"]),
    run=lambda args, cancel: args,
)
PING = Tool("ping", "Ping", object_schema({}), run=lambda args, cancel: "pong")
ADD = Tool("add", "Add two numbers",
           object_schema({"a": {"type": "number"}, "b": {"type": "number"}}, ["a", "b"]),
           run=lambda args, cancel: args["a"] + args["b"])


@pytest.fixture(scope="module")
def tiny(tiny_llama_gguf: Path) -> Iterator[LlamaCppEngine]:
    engine = LlamaCppEngine(tiny_llama_gguf, LoadOptions(n_ctx=1024, check_memory=False))
    yield engine
    engine.close()


def _generate(engine: LlamaCppEngine, sampling: SamplingParams, text: str = "Hi") -> DoneEvent:
    request = GenerationRequest(messages=[Message("user", text)], sampling=sampling)
    (done,) = [e for e in engine.generate(request) if isinstance(e, DoneEvent)]
    return done


# -- the checker (no model) -------------------------------------------------------------------

@pytest.mark.parametrize(("grammar", "why"), [
    ('root ::= "a"{3,1}', "maximum below its minimum"),
    ('root ::= "a"{0,99999}', "above 1000"),
    ('root ::= "a"{0,1000} "b"{0,1000}' + ' "c"{0,1000}' * 60, "too many repetitions"),
    ("root ::= foo", "never defined"),
    ('x ::= "a"', "no 'root' rule"),
    ('root ::= "a', "not closed"),
    ("root ::= [a-", "not closed"),
    ('root ::= ("a"', "expecting '\\)'"),
    ('root ::= "\\q"', "unknown escape"),
    ('root ::= "\\x4"', "hex digits"),
    ("root ::= *", "follows nothing"),
    ("root ::= {2}", "follows nothing"),
    ('root = "a"', "expecting ::="),
    ('root ::= "a" ) ', "expecting a newline"),
    ("root ::= <[1234]>", "token references"),
    ('root ::= "a"{1,2,3}', "expecting '}'"),
    ("x" * 300_000, "too large"),
    ('root ::= "a\x00"', "NUL"),
])
def test_checker_refuses(grammar: str, why: str) -> None:
    with pytest.raises(GrammarError, match=why):
        check_grammar(grammar)


@pytest.mark.parametrize("grammar", [
    'root ::= "a"{3} b*  # comment\nb ::= [^\\n"\\\\]+ | ( "x" | "y" )?\n',
    'root ::= ("a"\n  | "b")\n',
    "root ::= [\\x00-\\x1F\\u00e9-\\U0001F600] .\n",
    'root ::= "a"{2,} "b"{0,}\r\n',
])
def test_checker_accepts_valid_gbnf(grammar: str) -> None:
    check_grammar(grammar)


def test_generated_grammars_pass_the_checker() -> None:
    check_grammar(tool_call_grammar([WEATHER, PING, ADD]))
    strange = Tool("t", "", object_schema({
        "s": {"type": "string", "enum": ['it\'s "q"', "line\nbreak", "é"]},
        "n": {"type": ["integer", "null"]},
        "o": {"type": "object"},
        "l": {"type": "array", "items": {"type": "array", "items": {"type": "number"}}},
        "any": {},
        "alt": {"anyOf": [{"type": "string"}, {"type": "boolean"}]},
    }), run=lambda a, c: 0)
    check_grammar(tool_call_grammar([strange]))
    assert gbnf_literal('a"b\\c\n') == '"a\\"b\\\\c\\n"'


# -- the engine ---------------------------------------------------------------------------------

@pytest.mark.parametrize("grammar", ['root ::= "a"{3,1}', "root ::= foo", "root ::= root \"a\"",
                                     'x ::= "a"', 'root ::= "a'])
def test_invalid_grammar_is_an_error_not_a_crash(tiny: LlamaCppEngine, grammar: str) -> None:
    with pytest.raises(HearthError, match="grammar"):
        _generate(tiny, SamplingParams(grammar=grammar, max_tokens=4))
    # the engine is still usable afterwards
    assert _generate(tiny, SamplingParams(seed=1, max_tokens=3)).stats.completion_tokens == 3


def test_invalid_trigger_is_an_error(tiny: LlamaCppEngine) -> None:
    with pytest.raises(HearthError, match="trigger"):
        _generate(tiny, SamplingParams(grammar='root ::= "a"', grammar_trigger="(", max_tokens=4))


@pytest.mark.parametrize("seed", range(4))
def test_grammar_forces_a_valid_call_from_random_weights(tiny: LlamaCppEngine, seed: int
                                                         ) -> None:
    registry = ToolRegistry([WEATHER, PING, ADD])
    grammar = tool_call_grammar(registry, max_calls=2)
    # Every value in these schemas is bounded (maxLength, enums, numbers), so 300 tokens always
    # suffice and EOS is the only way to stop.
    done = _generate(tiny, SamplingParams(temperature=1.0, seed=seed, max_tokens=300,
                                          grammar=grammar), "What is the weather?")
    assert done.stats.stop_reason == "eos", done.text
    parsed = parse_tool_calls(done.text)
    assert 1 <= len(parsed.calls) <= 2 and parsed.text == ""
    for call in parsed.calls:
        registry.validate(call)  # the grammar followed each schema


def test_without_grammar_random_weights_do_not_write_calls(tiny: LlamaCppEngine) -> None:
    """The control for the test above: the calls come from the grammar, not from luck."""
    for seed in range(3):
        done = _generate(tiny, SamplingParams(temperature=1.0, seed=seed, max_tokens=30))
        assert parse_tool_calls(done.text).calls == []


def test_lazy_grammar_switches_on_at_the_trigger(tiny: LlamaCppEngine) -> None:
    # The trigger matches as soon as there is any text; from then on at most 12 characters
    # and a final "." are allowed, so the answer is short and ends with "." at EOS.
    grammar = 'root ::= [^.]{1,12} "."'
    for seed in range(3):
        done = _generate(tiny, SamplingParams(temperature=1.0, seed=seed, max_tokens=60,
                                              grammar=grammar, grammar_trigger=r"[\s\S]"))
        if done.stats.stop_reason == "length":  # first token did not fit: grammar dropped
            continue
        assert done.stats.stop_reason == "eos"
        assert done.text.endswith(".") and len(done.text) <= 13
        break
    else:
        pytest.fail("the grammar never switched on")


def test_lazy_grammar_is_dropped_when_the_text_so_far_does_not_fit(tiny: LlamaCppEngine
                                                                   ) -> None:
    # llama.cpp's own lazy grammar would abort the process here (a C++ exception).
    done = _generate(tiny, SamplingParams(temperature=1.0, seed=3, max_tokens=20,
                                          grammar='root ::= "\\x01"',
                                          grammar_trigger=r"[\s\S]"))
    assert done.stats.stop_reason == "length" and done.stats.completion_tokens == 20


def test_tool_trigger_does_not_touch_plain_answers(tiny: LlamaCppEngine) -> None:
    grammar = tool_call_grammar([PING])
    free = _generate(tiny, SamplingParams(temperature=1.0, seed=5, max_tokens=25))
    lazy = _generate(tiny, SamplingParams(temperature=1.0, seed=5, max_tokens=25,
                                          grammar=grammar, grammar_trigger=TOOL_CALL_TRIGGER))
    assert not free.text.lstrip().startswith("[")
    assert lazy.text == free.text  # nothing constrained before the trigger


@pytest.mark.parametrize(("text", "allowed"), [
    ("[get_weather(city='Oslo')]", True),
    ('<|python_tag|>[get_weather(city="Oslo", unit=\'celsius\', days=3, hourly=True), ping()]',
     True),
    ("\n [add(a=-1.5e3, b=2)]", True),
    ("[get_weather(city='Oslo', days=-1)]", False),  # minimum 0: no sign
    ("[get_weather(city='a city far too long')]", False),  # maxLength 12
    ("[get_weather(city='Oslo', unit='kelvin')]", False),  # enum
    ("[get_weather(city='Oslo', hourly=true)]", False),  # Python's True only
    ("[get_weather(city=Oslo)]", False),  # a name, not a literal
    ("[get_weather(days=1)]", False),  # city is required
    ("[get_weather(city='Oslo', country='NO')]", False),  # no such argument
    ("[rm(path='/')]", False),  # no such tool
    ("[add(a=1, b=2)] and more", False),  # nothing after the list
    ("[os.system('x')]", False),
    ("[add(a=__import__('os'), b=1)]", False),
])
def test_grammar_accepts_exactly_well_formed_calls(tiny: LlamaCppEngine, text: str,
                                                   allowed: bool) -> None:
    """Replayed through llama.cpp's own grammar engine, token by token."""
    grammar = tiny._make_grammar(tool_call_grammar([WEATHER, PING, ADD]))
    try:
        tokens = tiny.tokenize(text, parse_special=True)
        fits = tiny._replay_into_grammar(grammar, tokens)
        if fits and allowed:  # a complete call: the grammar now allows only the end
            eot = llama_cpp.llama_vocab_eot(tiny._vocab)
            assert tiny._grammar_allows(grammar, eot)
            assert not tiny._grammar_allows(grammar, tiny.tokenize(" ")[0])
    finally:
        llama_cpp.llama_sampler_free(grammar)
    assert fits is allowed
