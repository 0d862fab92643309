"""Unit conversion from a fixed table (no network, no eval): length, mass, volume, area,
speed, time, data, energy, pressure and temperature.

Each unit is a factor to its dimension's base unit (temperatures are affine and handled
apart). Names are matched case-insensitively with plural forms, so "Miles", "mi" and "mile"
are the same unit; where case matters (``MB`` vs ``Mb``) bytes win.
"""

from __future__ import annotations

import math
from typing import Any

from app.core.engine.base import CancelToken
from app.core.tools.base import Tool, ToolRunError, object_schema

__all__ = ["convert", "units_tool"]

# dimension -> unit -> (factor to the base unit, other names)
_TABLE: dict[str, dict[str, tuple[float, tuple[str, ...]]]] = {
    "length": {
        "m": (1.0, ("meter", "metre")),
        "km": (1000.0, ("kilometer", "kilometre")),
        "cm": (0.01, ("centimeter", "centimetre")),
        "mm": (0.001, ("millimeter", "millimetre")),
        "µm": (1e-6, ("um", "micrometer", "micrometre", "micron")),
        "nm": (1e-9, ("nanometer", "nanometre")),
        "mi": (1609.344, ("mile",)),
        "yd": (0.9144, ("yard",)),
        "ft": (0.3048, ("foot", "feet")),
        "in": (0.0254, ("inch", "inches")),
        "nmi": (1852.0, ("nautical mile",)),
        "au": (149_597_870_700.0, ("astronomical unit",)),
        "ly": (9_460_730_472_580_800.0, ("light year", "light-year")),
    },
    "mass": {
        "kg": (1.0, ("kilogram", "kilo")),
        "g": (0.001, ("gram",)),
        "mg": (1e-6, ("milligram",)),
        "µg": (1e-9, ("ug", "microgram")),
        "t": (1000.0, ("tonne", "metric ton")),
        "lb": (0.45359237, ("lbs", "pound")),
        "oz": (0.028349523125, ("ounce",)),
        "st": (6.35029318, ("stone",)),
        "short ton": (907.18474, ("us ton",)),
    },
    "volume": {
        "l": (1.0, ("liter", "litre")),
        "ml": (0.001, ("milliliter", "millilitre")),
        "cl": (0.01, ("centiliter", "centilitre")),
        "dl": (0.1, ("deciliter", "decilitre")),
        "m3": (1000.0, ("m³", "cubic meter", "cubic metre")),
        "cm3": (0.001, ("cm³", "cc", "cubic centimeter")),
        "gal": (3.785411784, ("gallon", "us gallon")),
        "imp gal": (4.54609, ("imperial gallon", "uk gallon")),
        "qt": (0.946352946, ("quart",)),
        "pt": (0.473176473, ("pint", "us pint")),
        "cup": (0.2365882365, ("cups",)),
        "fl oz": (0.0295735295625, ("fluid ounce", "floz")),
        "tbsp": (0.01478676478125, ("tablespoon",)),
        "tsp": (0.00492892159375, ("teaspoon",)),
    },
    "area": {
        "m2": (1.0, ("m²", "square meter", "square metre", "sq m")),
        "km2": (1e6, ("km²", "square kilometer", "square kilometre", "sq km")),
        "cm2": (1e-4, ("cm²", "square centimeter", "square centimetre")),
        "ha": (1e4, ("hectare",)),
        "acre": (4046.8564224, ("acres",)),
        "ft2": (0.09290304, ("ft²", "square foot", "square feet", "sq ft")),
        "in2": (0.00064516, ("in²", "square inch", "square inches")),
        "mi2": (2_589_988.110336, ("mi²", "square mile", "sq mi")),
        "yd2": (0.83612736, ("yd²", "square yard")),
    },
    "speed": {
        "m/s": (1.0, ("meters per second", "metres per second", "mps")),
        "km/h": (1 / 3.6, ("kph", "kmh", "kilometers per hour", "kilometres per hour")),
        "mph": (0.44704, ("miles per hour", "mi/h")),
        "kn": (1852 / 3600, ("knot", "kt")),
        "ft/s": (0.3048, ("feet per second", "fps")),
    },
    "time": {
        "s": (1.0, ("sec", "second")),
        "ms": (0.001, ("millisecond",)),
        "min": (60.0, ("minute",)),
        "h": (3600.0, ("hr", "hour")),
        "day": (86400.0, ("d",)),
        "week": (604800.0, ("wk",)),
        "year": (31_557_600.0, ("yr", "julian year")),
    },
    "data": {
        "B": (1.0, ("byte",)),
        "bit": (0.125, ("bits", "b")),
        "KB": (1e3, ("kilobyte", "kB")),
        "MB": (1e6, ("megabyte",)),
        "GB": (1e9, ("gigabyte",)),
        "TB": (1e12, ("terabyte",)),
        "KiB": (1024.0, ("kibibyte",)),
        "MiB": (1024.0**2, ("mebibyte",)),
        "GiB": (1024.0**3, ("gibibyte",)),
        "TiB": (1024.0**4, ("tebibyte",)),
    },
    "energy": {
        "J": (1.0, ("joule",)),
        "kJ": (1000.0, ("kilojoule",)),
        "cal": (4.184, ("calorie",)),
        "kcal": (4184.0, ("kilocalorie", "Cal")),
        "Wh": (3600.0, ("watt hour", "watt-hour")),
        "kWh": (3.6e6, ("kilowatt hour", "kilowatt-hour")),
        "BTU": (1055.05585262, ("btu",)),
    },
    "pressure": {
        "Pa": (1.0, ("pascal",)),
        "kPa": (1000.0, ("kilopascal",)),
        "bar": (1e5, ("bars",)),
        "mbar": (100.0, ("millibar", "hPa")),
        "atm": (101_325.0, ("atmosphere",)),
        "psi": (6894.757293168, ("pounds per square inch",)),
        "mmHg": (133.322387415, ("torr",)),
    },
}

_TEMPERATURES = {
    "C": ("c", "°c", "celsius", "degc", "degrees celsius", "centigrade"),
    "F": ("f", "°f", "fahrenheit", "degf", "degrees fahrenheit"),
    "K": ("k", "kelvin", "kelvins"),
}


def _index() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    exact: dict[str, tuple[str, str]] = {}
    folded: dict[str, tuple[str, str]] = {}
    names: list[tuple[str, tuple[str, str]]] = []
    for dimension, units in _TABLE.items():
        for unit, (_factor, aliases) in units.items():
            names += [(name, (dimension, unit)) for name in (unit, *aliases)]
    for unit, aliases in _TEMPERATURES.items():
        names += [(name, ("temperature", unit)) for name in (unit, *aliases)]
    for name, target in names:
        exact.setdefault(name, target)
        folded.setdefault(name.lower(), target)
    for name, target in names:  # plurals last: "ms" is milliseconds, not metres
        if target[0] != "temperature":
            for form in (name.lower() + "s", name.lower() + "es"):
                folded.setdefault(form, target)
    return exact, folded


_EXACT, _FOLDED = _index()


def _unit(name: str) -> tuple[str, str]:
    text = " ".join(str(name).strip().split())
    if text in _EXACT:
        return _EXACT[text]
    key = text.lower().replace("degrees ", "").replace("degree ", "")
    for candidate in (text.lower(), key, key.rstrip("s")):
        if candidate in _FOLDED:
            return _FOLDED[candidate]
    raise ToolRunError(f"Unknown unit {name!r}.")


def _to_kelvin(value: float, unit: str) -> float:
    return {"C": value + 273.15, "F": (value - 32) * 5 / 9 + 273.15, "K": value}[unit]


def _from_kelvin(value: float, unit: str) -> float:
    return {"C": value - 273.15, "F": (value - 273.15) * 9 / 5 + 32, "K": value}[unit]


def convert(value: float, from_unit: str, to_unit: str) -> tuple[float, str, str]:
    """``value`` in ``to_unit``, with both units' canonical names."""
    if not math.isfinite(value):
        raise ToolRunError("The value must be a finite number.")
    dim_a, a = _unit(from_unit)
    dim_b, b = _unit(to_unit)
    if dim_a != dim_b:
        raise ToolRunError(f"Cannot convert {dim_a} ({a}) to {dim_b} ({b}).")
    if dim_a == "temperature":
        kelvin = _to_kelvin(value, a)
        if kelvin < -1e-9:
            raise ToolRunError("That temperature is below absolute zero.")
        result = _from_kelvin(kelvin, b)
    else:
        result = value * _TABLE[dim_a][a][0] / _TABLE[dim_b][b][0]
    if not math.isfinite(result):
        raise ToolRunError("The result is too large.")
    return result, a, b


def _run(arguments: dict[str, Any], _cancel: CancelToken) -> dict[str, Any]:
    value = float(arguments["value"])
    result, a, b = convert(value, arguments["from_unit"], arguments["to_unit"])
    shown = float(f"{result:.10g}")
    return {"value": arguments["value"], "from_unit": a, "to_unit": b, "result": shown,
            "text": f"{arguments['value']:g} {a} = {shown:g} {b}"}


def units_tool() -> Tool:
    """The ``convert_units`` tool."""
    return Tool(
        name="convert_units",
        description="Convert a quantity between units of length, mass, volume, area, speed, "
        "time, data size, energy, pressure or temperature.",
        parameters=object_schema(
            {
                "value": {"type": "number", "description": "The quantity to convert"},
                "from_unit": {"type": "string", "description": "Its unit, for example 'km'"},
                "to_unit": {"type": "string", "description": "The unit wanted, for example 'mi'"},
            },
            required=["value", "from_unit", "to_unit"],
        ),
        run=_run,
        group="units",
        timeout_s=5.0,
    )
