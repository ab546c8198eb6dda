//! Reads the values JS passes in (options, view options, an article) field by field, as
//! their serde names spell them: serde's derived readers would bring their generic
//! machinery, and the float formatting of their error messages, into the module every
//! reader downloads. Each reader accepts what the derived one accepted: a plain object,
//! absent fields as their defaults (`undefined`; `null` too where the field is optional),
//! unknown fields ignored.

use js_sys::{Array, Reflect};
use wasm_bindgen::JsValue;

use crate::{Article, Font, Options, Theme, ViewOptions};

/// Why a value does not convert, naming the field.
pub(super) type Invalid = String;

/// A plain JS object whose fields are read by name.
struct Fields<'a>(&'a JsValue);

impl<'a> Fields<'a> {
    /// `value` as an object: anything else (a primitive, an array) does not convert.
    fn of(value: &'a JsValue) -> Result<Fields<'a>, Invalid> {
        if !value.is_object() || Array::is_array(value) {
            return Err("expected an object".into());
        }
        Ok(Fields(value))
    }

    /// The field `key`, `None` when absent (`undefined`).
    fn get(&self, key: &str) -> Result<Option<JsValue>, Invalid> {
        let value = Reflect::get(self.0, &JsValue::from_str(key))
            .map_err(|_| format!("{key}: cannot be read"))?;
        Ok((!value.is_undefined()).then_some(value))
    }

    /// The field `key` as `read` takes it, `None` when absent (`undefined`, or `null`
    /// with `null_absent`); a value `read` refuses is not what was `expected`.
    fn read<T>(
        &self,
        key: &str,
        null_absent: bool,
        read: fn(&JsValue) -> Option<T>,
        expected: &str,
    ) -> Result<Option<T>, Invalid> {
        self.get(key)?
            .filter(|v| !(null_absent && v.is_null()))
            .map(|v| read(&v).ok_or_else(|| format!("{key}: expected {expected}")))
            .transpose()
    }

    /// A string field that may be absent or `null`.
    fn optional_string(&self, key: &str) -> Result<Option<String>, Invalid> {
        self.read(key, true, JsValue::as_string, "a string")
    }

    /// A string field that must be there.
    fn string(&self, key: &str) -> Result<String, Invalid> {
        self.read(key, false, JsValue::as_string, "a string")?
            .ok_or_else(|| format!("missing field {key}"))
    }

    /// A whole number from 0 to `max`, `default` when absent (`None`: required).
    fn count(&self, key: &str, default: Option<f64>, max: f64) -> Result<f64, Invalid> {
        let value = match self.get(key)? {
            None => default.ok_or_else(|| format!("missing field {key}"))?,
            Some(v) => v
                .as_f64()
                .filter(|n| n.fract() == 0.0 && (0.0..=max).contains(n))
                .ok_or_else(|| format!("{key}: expected a whole number, not negative"))?,
        };
        Ok(value)
    }

    /// A number, `default` when absent.
    fn number(&self, key: &str, default: f64) -> Result<f64, Invalid> {
        Ok(self
            .read(key, false, JsValue::as_f64, "a number")?
            .unwrap_or(default))
    }

    /// A boolean, `default` when absent.
    fn flag(&self, key: &str, default: bool) -> Result<bool, Invalid> {
        Ok(self
            .read(key, false, JsValue::as_bool, "true or false")?
            .unwrap_or(default))
    }

    /// One of `names` (the variants' names), `default` when absent.
    fn choice<T: Copy>(
        &self,
        key: &str,
        all: &[T],
        name: fn(T) -> &'static str,
        default: T,
    ) -> Result<T, Invalid> {
        let Some(v) = self.get(key)? else {
            return Ok(default);
        };
        let given = v.as_string();
        all.iter()
            .copied()
            .find(|&t| given.as_deref() == Some(name(t)))
            .ok_or_else(|| {
                let names: Vec<&str> = all.iter().map(|&t| name(t)).collect();
                format!("{key}: expected one of {}", names.join(", "))
            })
    }
}

const USIZE_MAX: f64 = usize::MAX as f64;
const U32_MAX: f64 = u32::MAX as f64;

/// [`Options`] from a JS object.
pub(super) fn options(value: &JsValue) -> Result<Options, Invalid> {
    let fields = Fields::of(value)?;
    let default = Options::default();
    Ok(Options {
        url: fields.optional_string("url")?,
        max_input_bytes: fields.count(
            "maxInputBytes",
            Some(default.max_input_bytes as f64),
            USIZE_MAX,
        )? as usize,
        max_elements: fields.count("maxElements", Some(default.max_elements as f64), USIZE_MAX)?
            as usize,
        char_threshold: fields.count(
            "charThreshold",
            Some(default.char_threshold as f64),
            USIZE_MAX,
        )? as usize,
        keep_media: fields.flag("keepMedia", default.keep_media)?,
        keep_classes: fields.flag("keepClasses", default.keep_classes)?,
        explain: fields.flag("explain", default.explain)?,
        #[cfg(feature = "html-parser")]
        encoding: fields.optional_string("encoding")?,
    })
}

/// [`ViewOptions`] from a JS object.
pub(super) fn view_options(value: &JsValue) -> Result<ViewOptions, Invalid> {
    let fields = Fields::of(value)?;
    let default = ViewOptions::default();
    Ok(ViewOptions {
        theme: fields.choice("theme", &Theme::ALL, Theme::as_str, default.theme)?,
        font: fields.choice("font", &Font::ALL, Font::as_str, default.font)?,
        font_size_px: fields.count("fontSizePx", Some(default.font_size_px.into()), U32_MAX)?
            as u32,
        content_width: fields.count("contentWidth", Some(default.content_width.into()), U32_MAX)?
            as u32,
        line_height: fields.number("lineHeight", default.line_height.into())? as f32,
    })
}

/// An [`Article`] from a JS object as `extract` returns it (its diagnostics are not read).
pub(super) fn article(value: &JsValue) -> Result<Article, Invalid> {
    let fields = Fields::of(value)?;
    Ok(Article {
        title: fields.string("title")?,
        byline: fields.optional_string("byline")?,
        site_name: fields.optional_string("siteName")?,
        published_time: fields.optional_string("publishedTime")?,
        lang: fields.optional_string("lang")?,
        dir: fields.optional_string("dir")?,
        excerpt: fields.optional_string("excerpt")?,
        lead_image_url: fields.optional_string("leadImageUrl")?,
        url: fields.optional_string("url")?,
        content: fields.string("content")?,
        text: fields.string("text")?,
        word_count: fields.count("wordCount", None, USIZE_MAX)? as usize,
        reading_time_minutes: fields.count("readingTimeMinutes", None, U32_MAX)? as u32,
        diagnostics: Default::default(),
    })
}
