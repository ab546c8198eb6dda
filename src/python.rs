//! Python bindings (the `py` feature, built into a wheel by maturin from `python/`): convert
//! values and errors between Python and the Rust API, and nothing else — every decision
//! about the page stays in the Rust pipeline.
//!
//! An article crosses as a `dict` with the keys of the CLI's JSON output (the serde names
//! of [`Article`]); options come as keyword arguments named as [`Options`] serializes them,
//! in camelCase or snake_case. Extraction failures raise `PlainviewError` whose `code` is
//! [`crate::Error::code`]; a value that does not convert raises `TypeError` or `ValueError`, as
//! Python's own functions do. The GIL is released while a page is decoded and extracted,
//! so threads extract pages in parallel.

use std::panic::{catch_unwind, AssertUnwindSafe};

use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyByteArray, PyBytes, PyDict, PyInt, PyString};
use serde_json::{Map, Value};

use crate::{Article, Options};

create_exception!(
    plainview,
    PlainviewError,
    PyException,
    "Extraction failed; `code` is a stable machine-readable reason (NO_ARTICLE, INPUT_TOO_LARGE, TOO_MANY_ELEMENTS, INVALID_URL, UNKNOWN_ENCODING, INTERNAL_ERROR)."
);

/// `code` of the error raised when extraction panicked: a bug of ours, reported as a
/// failure of that one page so a pipeline over millions of pages carries on.
const INTERNAL_ERROR: &str = "INTERNAL_ERROR";

/// A page as Python passes it: text already decoded, or bytes decoded as browsers do.
enum Page {
    Text(String),
    Bytes(Vec<u8>),
}

impl Page {
    /// `str`, `bytes` or `bytearray`; anything else is a `TypeError` rather than a
    /// coercion. A lone surrogate in a `str` (which UTF-8 cannot hold) becomes U+FFFD, as
    /// bad bytes do.
    fn from_py(html: &Bound<'_, PyAny>) -> PyResult<Page> {
        if let Ok(text) = html.cast::<PyString>() {
            return Ok(Page::Text(text.to_string_lossy().into_owned()));
        }
        if let Ok(bytes) = html.cast::<PyBytes>() {
            return Ok(Page::Bytes(bytes.as_bytes().to_vec()));
        }
        if let Ok(bytes) = html.cast::<PyByteArray>() {
            return Ok(Page::Bytes(bytes.to_vec()));
        }
        Err(PyTypeError::new_err(format!(
            "html: expected str or bytes, got {}",
            html.get_type().name()?
        )))
    }
}

/// Finds the article on a page given as `str` or `bytes` and returns it as a `dict`.
#[pyfunction]
#[pyo3(signature = (html, url = None, *, content_type = None, **options))]
fn extract<'py>(
    py: Python<'py>,
    html: &Bound<'py, PyAny>,
    url: Option<String>,
    content_type: Option<String>,
    options: Option<&Bound<'py, PyDict>>,
) -> PyResult<Bound<'py, PyAny>> {
    let page = Page::from_py(html)?;
    let mut options = options_from_py(options)?;
    if url.is_some() {
        options.url = url;
    }
    let result = py.detach(|| {
        catch_unwind(AssertUnwindSafe(|| match &page {
            Page::Text(text) => crate::extract(text, &options),
            Page::Bytes(bytes) => crate::extract_bytes(bytes, content_type.as_deref(), &options),
        }))
    });
    match result {
        Ok(Ok(article)) => article_to_py(py, &article),
        Ok(Err(error)) => Err(extract_error(py, error.code(), &error.to_string())),
        Err(_) => Err(extract_error(
            py,
            INTERNAL_ERROR,
            "internal error while extracting this page",
        )),
    }
}

/// A cheap check, without extracting, whether the page looks like it carries an article.
#[pyfunction]
#[pyo3(signature = (html, *, content_type = None))]
fn is_probably_readable(
    py: Python<'_>,
    html: &Bound<'_, PyAny>,
    content_type: Option<String>,
) -> PyResult<bool> {
    let page = Page::from_py(html)?;
    let readable = py.detach(|| {
        catch_unwind(AssertUnwindSafe(|| match &page {
            Page::Text(text) => crate::is_probably_readable(text),
            Page::Bytes(bytes) => crate::is_probably_readable_bytes(bytes, content_type.as_deref()),
        }))
    });
    readable.map_err(|_| {
        extract_error(
            py,
            INTERNAL_ERROR,
            "internal error while checking this page",
        )
    })
}

/// The options `extract` accepts and their defaults, by the names [`Options`] serializes
/// (camelCase; `extract` takes them in snake_case too).
#[pyfunction(name = "default_options")]
fn default_options_py(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    pythonize::pythonize(py, &Options::default())
        .map_err(|e| PyValueError::new_err(format!("cannot convert the options: {e}")))
}

/// [`Options::default`] as serde sees it: the one list of option names.
fn default_options() -> Map<String, Value> {
    match serde_json::to_value(Options::default()) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    }
}

/// `snake_case` to the `camelCase` of the serde names; camelCase passes unchanged.
fn camel_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// Keyword arguments to [`Options`], by the names and types serde reads.
fn options_from_py(kwargs: Option<&Bound<'_, PyDict>>) -> PyResult<Options> {
    let Some(kwargs) = kwargs else {
        return Ok(Options::default());
    };
    let mut fields = default_options();
    for (key, value) in kwargs.iter() {
        let name: String = key.extract()?;
        let field = camel_case(&name);
        if !fields.contains_key(&field) {
            return Err(PyTypeError::new_err(format!(
                "extract() got an unexpected keyword argument '{name}'"
            )));
        }
        fields.insert(field, py_to_json(&value, &name)?);
    }
    serde_json::from_value(Value::Object(fields))
        .map_err(|e| PyValueError::new_err(format!("invalid options: {e}")))
}

/// An option's value: `None`, `bool`, `int` or `str` (what [`Options`] holds).
fn py_to_json(value: &Bound<'_, PyAny>, name: &str) -> PyResult<Value> {
    if value.is_none() {
        Ok(Value::Null)
    } else if let Ok(b) = value.cast::<PyBool>() {
        Ok(Value::Bool(b.is_true()))
    } else if value.is_instance_of::<PyInt>() {
        let n: u64 = value.extract().map_err(|_| {
            PyValueError::new_err(format!("{name}: expected a non-negative integer"))
        })?;
        Ok(Value::from(n))
    } else if let Ok(s) = value.cast::<PyString>() {
        Ok(Value::String(s.to_cow()?.into_owned()))
    } else {
        Err(PyTypeError::new_err(format!(
            "{name}: expected None, bool, int or str, got {}",
            value.get_type().name()?
        )))
    }
}

/// The article as the CLI's JSON output has it (its serde form, keys in the same order),
/// made of `dict`, `list`, `str`, `int`, `bool` and `None`.
fn article_to_py<'py>(py: Python<'py>, article: &Article) -> PyResult<Bound<'py, PyAny>> {
    pythonize::pythonize(py, article)
        .map_err(|e| PyValueError::new_err(format!("cannot convert the article: {e}")))
}

/// A `PlainviewError` with its `code` attribute set.
fn extract_error(py: Python<'_>, code: &str, message: &str) -> PyErr {
    let error = PlainviewError::new_err(message.to_string());
    // Setting an attribute on a fresh exception instance cannot fail short of memory
    // exhaustion; the error is still worth raising without its code then.
    let _ = error.value(py).setattr("code", code);
    error
}

/// The native module, `plainview._native`; `python/plainview/__init__.py` re-exports it.
#[pymodule]
#[pyo3(name = "_native")]
fn native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(is_probably_readable, m)?)?;
    m.add_function(wrap_pyfunction!(default_options_py, m)?)?;
    m.add("PlainviewError", m.py().get_type::<PlainviewError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
