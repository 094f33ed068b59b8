//! A shared value compared by identity: the app makes a new `Rc` whenever a workspace, a
//! result set or a report changes, so "same pointer" is "same value", found without walking
//! it. Props and hook dependencies that carry one compare in constant time.

use std::fmt;
use std::rc::Rc;

/// An `Rc` whose equality is `Rc::ptr_eq`.
pub struct ByPtr<T: ?Sized>(pub Rc<T>);

impl<T: ?Sized> Clone for ByPtr<T> {
    fn clone(&self) -> Self {
        ByPtr(self.0.clone())
    }
}

impl<T: ?Sized> PartialEq for ByPtr<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T: ?Sized> fmt::Debug for ByPtr<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("ByPtr").field(&Rc::as_ptr(&self.0)).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_values_in_two_rcs_differ_and_clones_are_equal() {
        let a = ByPtr(Rc::new(vec![1, 2]));
        let b = ByPtr(Rc::new(vec![1, 2]));
        assert_ne!(a, b);
        assert_eq!(a, a.clone());
    }
}
