public enum FollowUpPlaceholder {}
